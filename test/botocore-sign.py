#!/usr/bin/env python3
"""Signs requests with botocore's SigV4Auth / S3SigV4Auth, for the signer's cross-check test.

stdin: a JSON list of {method, url, headers: [[name, value]...], bodyBase64, signingName, region,
s3, timestamp (ISO 8601, UTC), credentials: {accessKeyId, secretAccessKey, sessionToken?}}.
stdout: a JSON list of {signature, authorization, canonicalRequest, stringToSign} in the same order.
Nothing is sent anywhere: botocore only computes the signature.
"""
import base64
import datetime
import json
import sys

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(item):
    when = datetime.datetime.strptime(item["timestamp"], "%Y-%m-%dT%H:%M:%SZ")
    # botocore reads the clock through this module-level helper; pin it to the requested date.
    botocore.auth.get_current_datetime = lambda *args, **kwargs: when
    creds = item["credentials"]
    credentials = Credentials(
        creds["accessKeyId"], creds["secretAccessKey"], creds.get("sessionToken")
    )
    request = AWSRequest(
        method=item["method"],
        url=item["url"],
        data=base64.b64decode(item["bodyBase64"]),
    )
    # HTTPHeaders appends on assignment, so repeated names stay separate lines, as sent by a user.
    for name, value in item["headers"]:
        request.headers[name] = value
    base = botocore.auth.S3SigV4Auth if item["s3"] else botocore.auth.SigV4Auth
    auth = recording(base)(credentials, item["signingName"], item["region"])
    auth.add_auth(request)
    authorization = request.headers["Authorization"]
    return {
        "signature": authorization.rsplit("Signature=", 1)[1],
        "authorization": authorization,
        "canonicalRequest": auth.recorded["canonicalRequest"],
        "stringToSign": auth.recorded["stringToSign"],
    }


def recording(base):
    """The auth class, keeping the canonical request and string to sign it computed while signing."""

    class Recording(base):
        recorded = {}

        def canonical_request(self, request):
            self.recorded["canonicalRequest"] = super().canonical_request(request)
            return self.recorded["canonicalRequest"]

        def string_to_sign(self, request, canonical_request):
            self.recorded["stringToSign"] = super().string_to_sign(request, canonical_request)
            return self.recorded["stringToSign"]

    return Recording


def main():
    items = json.load(sys.stdin)
    json.dump([sign(item) for item in items], sys.stdout)


if __name__ == "__main__":
    main()
