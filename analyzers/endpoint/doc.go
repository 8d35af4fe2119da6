// Package endpoint defines an analyzer that reports calls of face and
// emotion web APIs made without an SDK.
//
// # Analyzer endpoint
//
// endpoint: reports face and emotion web API endpoints in string expressions
//
// Code often calls a face or emotion API over plain HTTP: Face++, Azure
// Face and the legacy Emotion API, Baidu, Kairos, Luxand, Sightengine,
// Hume, Google Vision, the Tencent, Alibaba, Huawei and OCI face hosts,
// a self-hosted Machine Box, or Rekognition through its JSON target
// header. The analyzer folds every string expression the code builds from
// constants (literals, constants, package variables initialised with a
// string, + concatenations, fmt.Sprintf formats, url.URL literals,
// url.JoinPath and path.Join) and reports the outermost one that names a
// catalogued host, path prefix or operation, such as
// "https://api.luxand.cloud/photo/emotions" or the header value
// "RekognitionService.DetectFaces". Parts it cannot know (a variable
// endpoint) match any host, so "%s/face/v1.0/detect" is still an Azure
// Face call.
//
// Request parameters decide the category where the catalog says so:
// returnFaceAttributes=emotion makes an Azure detect call emotion
// recognition, "type": "FACE_DETECTION" makes a Google images:annotate
// call face detection, and without it the call is not reported. The
// parameters are read from query strings, JSON bodies, Set, Add and
// WriteField calls, and keyed map, url.Values and struct literals in the
// same function (or the whole file, for an endpoint declared at package
// level). The most restricted category among the matching parameters
// wins.
//
// A host the catalog marks dedicated (it serves only biometric products,
// such as api.luxand.cloud or iai.tencentcloudapi.com) is reported
// wherever the code names it, as a base URL in a constant or a struct
// field too; and a path the package joins to an unknown base
// (c.base + "/photo/verify") is matched against the endpoints of the
// dedicated hosts the same package names. Paths a face host also serves
// for other purposes (/status), hosts that also serve non-face products
// without a face parameter (vision.googleapis.com without
// FACE_DETECTION) and bare names of hosts that are not dedicated are not
// reported. Files excluded by the build are read too.
package endpoint
