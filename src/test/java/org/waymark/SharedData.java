package org.waymark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The read-only data beside the repository, {@code ../shared} (seed articles and their gold, the dev corpora, the
 * GeoNames dumps), or wherever {@code -Dwaymark.shared} points. A fresh clone has none of it: the tests that need
 * it are then skipped, each with one line on the console that names what is missing (Surefire counts skipped tests
 * but prints no reasons). {@code .ci/run} refuses to start without it, so that CI runs every test.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code relative} in the shared folder, whether it is there or not. */
    public static Path path(String relative) {
        return Path.of(System.getProperty("waymark.shared", "../shared")).resolve(relative);
    }

    /** {@code relative} in the shared folder; where it is not there, the calling test is skipped. */
    public static Path assume(String relative) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        Optional<String> skip = skipReason(caller.getSimpleName(), relative);
        assumeTrue(skip.isEmpty(), skip::get);
        return path(relative);
    }

    /**
     * A test class or method that needs these paths in the shared folder: without them it is skipped as a whole,
     * before any {@code @BeforeAll} runs.
     */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Condition.class)
    public @interface Needs {
        String[] value();
    }

    /** Runs what is annotated {@link Needs} only where all its paths are there. */
    static final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getElement()
                    .flatMap(e -> Optional.ofNullable(e.getAnnotation(Needs.class)))
                    .flatMap(needs -> skipReason(context.getRequiredTestClass().getSimpleName()
                            + context.getTestMethod().map(m -> "." + m.getName()).orElse(""), needs.value()))
                    .map(ConditionEvaluationResult::disabled)
                    .orElse(ConditionEvaluationResult.enabled("the shared data it needs is there"));
        }
    }

    /** Why {@code test} is skipped: the first of the paths that is missing, also said in one line on the console. */
    private static Optional<String> skipReason(String test, String... relative) {
        Optional<String> why = Arrays.stream(relative).filter(r -> !Files.exists(path(r))).findFirst()
                .map(r -> "needs ../shared/" + r + ": not present, skipped");
        why.ifPresent(w -> System.out.println("[SKIPPED] " + test + " " + w));
        return why;
    }
}
