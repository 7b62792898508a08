package org.testfx.robot.impl;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.SleepRobot;
import org.testfx.robot.WriteRobot;
import org.testfx.service.finder.WindowFinder;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's writing robot (4.0.18), taking the place of the library's class on the test class path
 * (test classes come first). The same keystrokes reach the same focused scene in the same order;
 * the one difference is the wait: TestFX waits for the FX thread five times (each at least 10 ms,
 * and longer while it draws a frame) after every character, which made typing a 13-letter name
 * take seconds and typing most of the UI tests' time. Here each character waits until the FX thread
 * has handled it (one round), and the whole text ends with TestFX's full wait, so what a test
 * checks after {@code write} sees everything the text caused. Bump with TestFX (the constructor is
 * what TestFX calls).
 */
public class WriteRobotImpl implements WriteRobot {

    private static final int SLEEP_AFTER_CHARACTER_IN_MILLIS = Integer.getInteger("testfx.robot.write_sleep", 25);

    private final BaseRobot baseRobot;
    private final SleepRobot sleepRobot;
    private final WindowFinder windowFinder;

    public WriteRobotImpl(BaseRobot baseRobot, SleepRobot sleepRobot, WindowFinder windowFinder) {
        this.baseRobot = Objects.requireNonNull(baseRobot, "baseRobot must not be null");
        this.sleepRobot = Objects.requireNonNull(sleepRobot, "sleepRobot must not be null");
        this.windowFinder = Objects.requireNonNull(windowFinder, "windowFinder must not be null");
    }

    @Override
    public void write(char character) {
        type(character, fetchTargetWindow().getScene());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void write(String text) {
        write(text, SLEEP_AFTER_CHARACTER_IN_MILLIS);
    }

    @Override
    public void write(String text, int sleepMillis) {
        Scene scene = fetchTargetWindow().getScene();
        for (char c : text.toCharArray()) {
            type(c, scene);
            sleepRobot.sleep(sleepMillis);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window fetchTargetWindow() {
        Window w = windowFinder.window(Window::isFocused);
        if (w == null) {
            w = windowFinder.targetWindow();
        }
        if (w == null) {
            w = windowFinder.window(0);
        }
        return w;
    }

    private void type(char c, Scene scene) {
        KeyCode key = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
        baseRobot.typeKeyboard(scene, key, Character.toString(c));
        WaitForAsyncUtils.waitForFxEvents(1);
    }
}
