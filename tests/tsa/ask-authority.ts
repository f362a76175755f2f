import { buildTimestampRequest, type TimestampRequest } from '../../lib/timestamp/build-request';

/** POSTs a fresh request for `digestHex` as a client would, and returns both sides. */
export async function askAuthority(
  url: string,
  digestHex: string,
): Promise<{ request: TimestampRequest; response: Uint8Array; contentType: string | null }> {
  const request = buildTimestampRequest(digestHex);
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': request.contentType },
    body: request.der,
  });
  return {
    request,
    response: new Uint8Array(await answer.arrayBuffer()),
    contentType: answer.headers.get('content-type'),
  };
}
