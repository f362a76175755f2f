import type { TimestampAuthority } from './authority-schema';
import { DIGICERT_TRUSTED_ROOT_G4 } from './roots/digicert-trusted-root-g4';
import { FREETSA_ROOT_CA } from './roots/freetsa-root-ca';
import { SECTIGO_QUALIFIED_TIME_STAMPING_ROOT_R45 } from './roots/sectigo-qualified-time-stamping-root-r45';

/**
 * The timestamp authorities a person can pick. Where each fact comes from is in README.md
 * (« Authorities »); nothing here was fetched from the authorities themselves, and every
 * certificate was checked offline (self-signature, fingerprint against independent sources).
 */
export const TIMESTAMP_AUTHORITIES: readonly TimestampAuthority[] = [
  {
    id: 'sectigo-qualified',
    name: 'Sectigo (qualified eIDAS)',
    // Sectigo's time-stamping page and its eIDAS TSA practice statement v1.1.4.
    url: 'http://timestamp.sectigo.com/qualified',
    // Sectigo: "add a delay of 15 seconds or more between each one".
    minimumSpacingSeconds: 15,
    // Spain's trusted list: "Sectigo Qualified Time Stamping CA R35", QTST, granted 2021-05-05.
    eidasQualified: true,
    trustedRoots: [
      {
        pem: SECTIGO_QUALIFIED_TIME_STAMPING_ROOT_R45,
        sha256: 'f871f8976b4068d700d5f281084b4a29eaf4b8f35743330ba062fab46f58c2ed',
      },
    ],
  },
  {
    id: 'digicert',
    name: 'DigiCert',
    url: 'http://timestamp.digicert.com',
    minimumSpacingSeconds: null,
    eidasQualified: false,
    trustedRoots: [
      {
        pem: DIGICERT_TRUSTED_ROOT_G4,
        sha256: '552f7bdcf1a7af9e6ce672017f4f12abf77240c78e761ac203d1d9d20ac89988',
      },
    ],
  },
  {
    id: 'freetsa',
    name: 'FreeTSA',
    url: 'https://freetsa.org/tsr',
    minimumSpacingSeconds: null,
    eidasQualified: false,
    trustedRoots: [
      {
        pem: FREETSA_ROOT_CA,
        sha256: 'a6379e7cecc05faa3cbf076013d745e327bbbaa38c0b9af22469d4701d18aabc',
      },
    ],
  },
];
