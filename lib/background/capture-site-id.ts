/** The recorder's registration on a site the person opened to capture is `<prefix><pattern>`. */
export const CAPTURE_SITE_PREFIX = 'temoin-site:';
