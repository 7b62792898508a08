package org.testfx.robot.impl;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.input.KeyCode;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.KeyboardRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's keyboard robot (4.0.18), taking the place of the library's class on the test class path
 * like {@link WriteRobotImpl} and for the same reason: a key press waits until the FX thread has
 * handled it (one round), a release waits TestFX's full five rounds, so a key typed (press, then
 * release) has settled as before at about half the waiting. Bump with TestFX.
 */
public class KeyboardRobotImpl implements KeyboardRobot {

    private static final KeyCode OS_SPECIFIC_SHORTCUT =
            System.getProperty("os.name").toLowerCase(java.util.Locale.US).startsWith("mac") ? KeyCode.COMMAND : KeyCode.CONTROL;

    private final BaseRobot baseRobot;
    private final Set<KeyCode> pressedKeys = ConcurrentHashMap.newKeySet();

    public KeyboardRobotImpl(BaseRobot baseRobot) {
        this.baseRobot = Objects.requireNonNull(baseRobot, "baseRobot must not be null");
    }

    @Override
    public void press(KeyCode... keys) {
        Arrays.asList(keys).forEach(k -> {
            pressKey(k);
            WaitForAsyncUtils.waitForFxEvents(1);
        });
    }

    @Override
    public void pressNoWait(KeyCode... keys) {
        Arrays.asList(keys).forEach(this::pressKey);
    }

    @Override
    public void release(KeyCode... keys) {
        if (keys.length == 0) {
            Set.copyOf(pressedKeys).forEach(this::releaseKey);
        } else {
            Arrays.asList(keys).forEach(this::releaseKey);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void releaseNoWait(KeyCode... keys) {
        if (keys.length == 0) {
            Set.copyOf(pressedKeys).forEach(this::releaseKey);
        } else {
            Arrays.asList(keys).forEach(this::releaseKey);
        }
    }

    @Override
    public final Set<KeyCode> getPressedKeys() {
        return Collections.unmodifiableSet(pressedKeys);
    }

    private void pressKey(KeyCode key) {
        KeyCode real = key == KeyCode.SHORTCUT ? OS_SPECIFIC_SHORTCUT : key;
        if (pressedKeys.add(real)) {
            baseRobot.pressKeyboard(real);
        }
    }

    private void releaseKey(KeyCode key) {
        KeyCode real = key == KeyCode.SHORTCUT ? OS_SPECIFIC_SHORTCUT : key;
        if (pressedKeys.remove(real)) {
            baseRobot.releaseKeyboard(real);
        }
    }
}
