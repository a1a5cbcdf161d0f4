import type { Messages } from "./locales/en/plain.js";

/**
 * Types every `t()` call in every app that imports this package: a key that is
 * not in the plain English resources fails `tsc`. Both namespaces share one
 * shape, so code may pick either at run time without losing the check.
 */
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "plain";
    resources: {
      plain: Messages;
      easyRead: Messages;
    };
  }
}
