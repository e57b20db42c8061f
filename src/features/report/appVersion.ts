// The app's version as written into reports and backups: the "version" of package.json, taken in
// at build time (only that one field reaches the bundle).
import { version } from '../../../package.json';

export const appVersion: string = version;
