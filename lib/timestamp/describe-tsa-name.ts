import { RelativeDistinguishedNames, type GeneralName } from 'pkijs';
import { describeName } from './describe-certificate';

/** The `tsa` hint of a TSTInfo as text: a directory name, or the string form of other names. */
export function describeTsaName(name: GeneralName): string {
  if (name.value instanceof RelativeDistinguishedNames) return describeName(name.value);
  return typeof name.value === 'string' ? name.value : String(name.value);
}
