/** A configuration the user can fix (bad config file, flag or option). The CLI prints its message without a stack. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
