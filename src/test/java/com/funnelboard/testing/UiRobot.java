package com.funnelboard.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.service.locator.PointLocator;
import org.testfx.service.locator.impl.BoundsLocatorImpl;
import org.testfx.service.locator.impl.PointLocatorImpl;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's JUnit extension (the robot a UI test is given), with two changes.
 *
 * <ul>
 *   <li>Where a node is on screen is worked out on the JavaFX thread. TestFX works it out on the
 *       test's thread, where asking a node for its bounds makes JavaFX update the cached bounds of
 *       the node's parents while the FX thread may be laying them out; JavaFX's cache then broke
 *       now and then, with an {@code IndexOutOfBoundsException} in {@code Parent.updateCachedBounds}
 *       during a pulse that failed the test (a click in a dialog, twice in many runs).
 *   <li>A click, a key and typed text wait until the FX thread has handled them and the windows
 *       are laid out again (the next pulse), instead of TestFX's five round trips with a 10 ms
 *       sleep after each step (at least 150 ms a click, 50 ms a character): the UI tests slept for
 *       most of their time, and their JVMs left the machine a third idle. The unit and UI tests
 *       took 104 s instead of 118–127 s, and 169 s of CPU instead of 191–199 s. A drag still moves step by step, as
 *       TestFX does it: drag-and-drop needs the steps. (Keys and buttons still go through TestFX's
 *       robots, which keep what is pressed for the cleanup after each test.)
 *   <li>Nothing else sleeps either: TestFX's set-up and clean-up of each test, {@code interact},
 *       a double-click and {@link #settle()} (which tests call where TestFX has
 *       {@code waitForFxEvents}: five round trips to the FX thread with a 10 ms sleep after each)
 *       wait for the FX thread and its next pulse. The sleeps were over a third of a window test's
 *       time.
 * </ul>
 */
public class UiRobot extends ApplicationExtension {

    private final PointLocator onFxThread = new PointLocatorImpl(new BoundsOnFxThread());

    @Override
    public PointQuery point(Node node) {
        targetWindow(node.getScene().getWindow());
        return onFxThread.point(node).onNode(node).atPosition(robotContext().getPointPosition());
    }

    /**
     * Waits until the FX thread has handled what the robot sent (it sends it with runLater, and a
     * handler may post more), then until the next pulse has applied the styles and laid the windows
     * out.
     */
    public static void settle() {
        if (Platform.isFxApplicationThread()) {
            return; // called within interact: the FX thread cannot wait for itself
        }
        for (int i = 0; i < 3; i++) {
            onFx(() -> null);
        }
        CountDownLatch pulsed = new CountDownLatch(1);
        onFx(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    // Runs after this pulse, once its CSS and layout passes are done.
                    Platform.runLater(pulsed::countDown);
                }
            }.start();
            return null;
        });
        try {
            if (!pulsed.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * TestFX's set-up: the test's {@code @Start} methods on the FX thread with the primary stage;
     * then the next pulse, not TestFX's 50 ms of sleeps (three times a test, before and after).
     */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Object test = context.getRequiredTestInstance();
        List<Method> starts = new ArrayList<>();
        for (Method method : test.getClass().getDeclaredMethods()) {
            if (method.isAnnotationPresent(Start.class)) {
                method.setAccessible(true);
                starts.add(method);
            }
        }
        Throwable failed = onFx(30, () -> {
            try {
                for (Method start : starts) {
                    start.invoke(test, stage);
                }
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (IllegalAccessException e) {
                return e;
            }
        });
        if (failed instanceof Exception e) {
            throw e;
        } else if (failed instanceof Error e) {
            throw e;
        }
        settle();
    }

    /** TestFX's clean-up: every window hidden, every key and button let go, then the next pulse. */
    @Override
    public void afterEach(ExtensionContext context) {
        onFx(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            return null;
        });
        robotContext().getMouseRobot().releaseNoWait();
        robotContext().getKeyboardRobot().releaseNoWait();
        settle();
    }

    /** Runs on the FX thread, then waits for the next pulse (TestFX sleeps 50 ms after). */
    @Override
    public FxRobot interact(Runnable runnable) {
        onFx(() -> {
            runnable.run();
            return null;
        });
        settle();
        return this;
    }

    @Override
    public <T> FxRobot interact(Callable<T> callable) {
        onFx(() -> {
            try {
                return callable.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        settle();
        return this;
    }

    /** Both clicks sent at once (TestFX waits 50 ms after the first, and 50 ms after the second). */
    @Override
    public FxRobot doubleClickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
        moveTo(pointQuery, motion);
        return doubleClickOn(buttons);
    }

    @Override
    public FxRobot doubleClickOn(MouseButton... buttons) {
        return clicks(2, buttons);
    }

    /** {@code times} clicks sent at once, then the next pulse; a single click first waits out a double-click's time where needed. */
    private FxRobot clicks(int times, MouseButton... buttons) {
        MouseButton[] pressed = buttons.length == 0 ? new MouseButton[] {MouseButton.PRIMARY} : buttons;
        if (times == 1) {
            apartFromTheLastClick();
        }
        for (int i = 0; i < times; i++) {
            robotContext().getMouseRobot().pressNoWait(pressed);
            robotContext().getMouseRobot().releaseNoWait(pressed);
        }
        recentClicks.addLast(new LastClick(robotContext().getBaseRobot().retrieveMouse(), System.nanoTime()));
        while (recentClicks.size() > 8) {
            recentClicks.removeFirst();
        }
        settle();
        return this;
    }

    /** The node is looked up after the next pulse: one the last step made a page rebuild is gone by then. */
    @Override
    public FxRobot clickOn(String query, Motion motion, MouseButton... buttons) {
        settle();
        return super.clickOn(query, motion, buttons);
    }

    @Override
    public FxRobot moveTo(String query, Motion motion) {
        settle();
        return super.moveTo(query, motion);
    }

    @Override
    public FxRobot moveTo(PointQuery pointQuery, Motion motion) {
        // What the test waited for may be shown but not yet laid out: the point is read after the next pulse.
        settle();
        robotContext().getMouseRobot().moveNoWait(pointQuery.query());
        settle();
        return this;
    }

    @Override
    public FxRobot clickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
        moveTo(pointQuery, motion);
        return clickOn(buttons);
    }

    @Override
    public FxRobot clickOn(MouseButton... buttons) {
        return clicks(1, buttons);
    }

    /** Where and when the last single click was sent. */
    private record LastClick(javafx.geometry.Point2D at, long nanos) {}

    /** The last few clicks, oldest first. */
    private final java.util.ArrayDeque<LastClick> recentClicks = new java.util.ArrayDeque<>();

    /**
     * Two clicks on one spot within JavaFX's double-click time (half a second, headless) make a
     * double-click, whatever happened in other windows between them: a click where one of the last
     * went, that soon, waits the rest of that time, as a user's second, separate click would. (Only
     * the very last click was looked at: a card clicked, a dialog's field clicked, then the card again
     * within half a second made a double-click in the window, which opened the deal.)
     */
    private void apartFromTheLastClick() {
        javafx.geometry.Point2D here = robotContext().getBaseRobot().retrieveMouse();
        long longest = 0;
        for (LastClick c : recentClicks) {
            if (c.at().distance(here) <= 20) {
                longest = Math.max(longest, DOUBLE_CLICK_MILLIS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - c.nanos()));
            }
        }
        if (longest > 0) {
            sleep(longest);
        }
    }

    private static final long DOUBLE_CLICK_MILLIS = 550;

    @Override
    public FxRobot press(KeyCode... keys) {
        awaitFocusedWindow();
        robotContext().getKeyboardRobot().pressNoWait(keys);
        settle();
        return this;
    }

    @Override
    public FxRobot release(KeyCode... keys) {
        robotContext().getKeyboardRobot().releaseNoWait(keys);
        settle();
        return this;
    }

    @Override
    public FxRobot type(KeyCode... keys) {
        awaitFocusedWindow();
        for (KeyCode key : keys) {
            robotContext().getKeyboardRobot().pressNoWait(key);
            robotContext().getKeyboardRobot().releaseNoWait(key);
        }
        settle();
        return this;
    }

    @Override
    public FxRobot type(KeyCode key, int times) {
        awaitFocusedWindow();
        for (int i = 0; i < times; i++) {
            robotContext().getKeyboardRobot().pressNoWait(key);
            robotContext().getKeyboardRobot().releaseNoWait(key);
        }
        settle();
        return this;
    }

    @Override
    public FxRobot eraseText(int characters) {
        return type(KeyCode.BACK_SPACE, characters);
    }

    @Override
    public FxRobot write(String text) {
        awaitFocusedWindow();
        Scene scene = typingWindow().getScene();
        for (char c : text.toCharArray()) {
            KeyCode key = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            robotContext().getBaseRobot().typeKeyboard(scene, key, Character.toString(c));
        }
        settle();
        return this;
    }

    @Override
    public FxRobot write(char character) {
        return write(Character.toString(character));
    }

    /**
     * Waits (at most two seconds) until a window has the keyboard: a key sent while none has it, as
     * between a dialog closing and its owner getting the focus back, goes nowhere.
     */
    private static void awaitFocusedWindow() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!onFx(() -> Window.getWindows().stream().anyMatch(Window::isFocused)) && System.nanoTime() < until) {
            settle();
        }
    }

    /** The windows shown, which has the focus and its focus owner, and the status bar's text: what a failed wait saw. */
    public static String windows() {
        return onFx(() -> Window.getWindows().stream().map(w -> {
            Scene scene = w.getScene();
            String status = scene == null || scene.lookup("#status") == null ? ""
                    : " status \"" + ((javafx.scene.control.Labeled) scene.lookup("#status")).getText() + "\"";
            return w.getClass().getSimpleName() + (w.isFocused() ? " (focused, on " + (scene == null ? null : scene.getFocusOwner()) + ")" : "")
                    + status;
        }).toList().toString());
    }

    /** Where TestFX types: the focused window, else the one targeted last, else the first. */
    private Window typingWindow() {
        var finder = robotContext().getWindowFinder();
        Window focused = finder.window(Window::isFocused);
        if (focused != null) {
            return focused;
        }
        return finder.targetWindow() != null ? finder.targetWindow() : finder.window(0);
    }

    /** TestFX's bounds of a node, read on the FX thread. */
    private static final class BoundsOnFxThread extends BoundsLocatorImpl {

        @Override
        public Bounds boundsInSceneFor(Node node) {
            return onFx(() -> super.boundsInSceneFor(node));
        }

        @Override
        public Bounds boundsOnScreenFor(Node node) {
            return onFx(() -> super.boundsOnScreenFor(node));
        }
    }

    static <T> T onFx(Supplier<T> read) {
        return onFx(10, read);
    }

    private static <T> T onFx(int seconds, Supplier<T> read) {
        if (Platform.isFxApplicationThread()) {
            return read.get();
        }
        // The read's own failure comes back as a value: one thrown in an asyncFx call TestFX also keeps, to fail a later test with.
        record Outcome<T>(T value, RuntimeException failure) {}
        try {
            Outcome<T> outcome = WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return new Outcome<>(read.get(), null);
                } catch (RuntimeException e) {
                    return new Outcome<T>(null, e);
                }
            }).get(seconds, TimeUnit.SECONDS);
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            return outcome.value();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + seconds + " s", e);
        }
    }
}
