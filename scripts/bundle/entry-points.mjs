/**
 * The one shared bundle's entry (see scripts/lib/bundle.mjs). Every actions/<name>/src/main.ts is compiled into
 * the same file (webpack "eager" mode: no extra chunk) but evaluated only when its stub calls run('<name>'),
 * so an action never executes another action's code. New action folders are picked up without listing them.
 */
export function run(name) {
  return import(/* webpackMode: "eager" */ `../../actions/${name}/src/main.ts`);
}
