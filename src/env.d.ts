interface ImportMetaEnv {
  /** Identifies the build; set in astro.config.mjs. */
  readonly BUILD_ID: string;
}
