/**
 * The OpenSSL configuration of the throw-away authority: certificate profiles (RFC 5280) and the
 * `ts -reply` sections (RFC 3161). `refusing` accepts only SHA-1 imprints, so OpenSSL itself
 * answers our SHA-256 requests with a real rejection (badAlg).
 */
export function authorityConfig(directory: string): string {
  return `
[ req ]
distinguished_name = request_name
prompt = no
[ request_name ]
CN = unused

[ ca ]
default_ca = local_ca
[ local_ca ]
database = ${directory}/index.txt
new_certs_dir = ${directory}
serial = ${directory}/ca-serial
default_md = sha256
policy = any_name
unique_subject = no
[ any_name ]
commonName = supplied
organizationName = optional
countryName = optional

[ root_profile ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ intermediate_profile ]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ timestamping_profile ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ plain_profile ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ tsa ]
default_tsa = granting
[ granting ]
serial = ${directory}/tsa-serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1, millisecs:500, microsecs:100
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
[ granting_v1 ]
serial = ${directory}/tsa-serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
ess_cert_id_alg = sha1
[ refusing ]
serial = ${directory}/tsa-serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha1
`;
}
