// Lint and format: typescript-eslint's recommended rules, and dprint through @effect/eslint-plugin
// (as the Effect repositories do), so `npm run lint` checks both and `npm run format` fixes the layout.
import effect from "@effect/eslint-plugin"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".local/**", ".ci/**", ".bench/**", ".scratch/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "@effect": effect },
    rules: {
      "@effect/dprint": [
        "error",
        {
          config: {
            indentWidth: 2,
            lineWidth: 140,
            semiColons: "asi",
            quoteStyle: "alwaysDouble",
            trailingCommas: "never",
            operatorPosition: "maintain",
            "arrowFunction.useParentheses": "force"
          }
        }
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }]
    }
  },
  {
    // library code: no escapes (STYLE.md 10); tests may assert on what they built with `!`
    files: ["src/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "no-console": "error"
    }
  },
  {
    // src/domain is data, schemas and functions of their arguments (DESIGN.md): no module state, no I/O.
    // A cache worth keeping belongs to the layer that owns it (CronEvaluator, Calendar).
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > VariableDeclaration[kind!='const'], Program > ExportNamedDeclaration > VariableDeclaration[kind!='const']",
          message: "src/domain holds no module state: make it a function's argument, or keep it in the layer that owns it"
        },
        {
          selector: ":matches(Program > VariableDeclaration, Program > ExportNamedDeclaration > VariableDeclaration) " +
            "> VariableDeclarator > NewExpression[callee.name=/^(Map|WeakMap|WeakRef)$/]",
          message: "a module-level table in src/domain is a cache: give it to the layer that owns it (see makeCronEvaluator, makeCalendar)"
        }
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: ["node:fs", "node:fs/promises", "node:child_process", "node:net", "node:http", "node:https", "dbus-next", "nodemailer"]
            .map((name) => ({ name, message: "src/domain does no I/O: file and process work lives in src/layers" }))
        }
      ]
    }
  },
  {
    // events flow one way: the run path publishes, and what reacts to events (the state recorder, the run
    // log, notifications, D-Bus signals) subscribes beside it, never under it
    files: [
      "src/layers/Scheduler.ts",
      "src/layers/scheduler/**/*.ts",
      "src/layers/Runner.ts",
      "src/layers/Executor.ts",
      "src/layers/executor/**/*.ts",
      "src/layers/SkillEngine.ts",
      "src/layers/skill/**/*.ts",
      "src/layers/Targets.ts",
      "src/layers/notify/**/*.ts"
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{
            group: ["**/Notifier.js", "**/Recorder.js", "**/DBusService.js", "**/Control.js"],
            message: "the run path never imports an Events subscriber: publish an event and subscribe beside it"
          }]
        }
      ]
    }
  },
  {
    // the Scheduler reads top to bottom in under 150 lines: a FiberMap of job fibers, reconcile, suspend, resume
    files: ["src/layers/Scheduler.ts"],
    rules: { "max-lines": ["error", { max: 149 }] }
  }
)
