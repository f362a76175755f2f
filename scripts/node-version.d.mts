export function satisfies(version: string, range: string): boolean;
export function exitIfNodeTooOld(version?: string): void;
