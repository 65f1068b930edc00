/** The Logger on the GitHub runner: info/debug lines, annotations, collapsible groups, masking. */
import type { ActionCore } from './action-core.js';
import { annotationProperties } from './annotations.js';
import type { Logger } from './logger.js';

export function githubLogger(core: ActionCore): Logger {
  return {
    debug: (message) => {
      core.debug(message);
    },
    info: (message) => {
      core.info(message);
    },
    warning: (message, where) => {
      core.warning(message, where === undefined ? undefined : annotationProperties(where));
    },
    error: (message, where) => {
      core.error(message, where === undefined ? undefined : annotationProperties(where));
    },
    group: async (title, fn) => {
      core.startGroup(title);
      try {
        return await fn();
      } finally {
        core.endGroup();
      }
    },
    mask: (secret) => {
      core.setSecret(secret);
    },
  };
}
