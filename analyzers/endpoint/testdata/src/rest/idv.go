package rest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
)

const onfidoBase = "https://api.eu.onfido.com/v3.6"

// OnfidoSelfie uploads a live photo.
func OnfidoSelfie(photo []byte) (*http.Request, error) {
	return http.NewRequest("POST", onfidoBase+"/live_photos", bytes.NewReader(photo)) // want `Onfido API \(REST\): "https://api.eu.onfido.com/v3.6/live_photos" uploads or reads the selfies matched against an applicant's document \[face-recognition;`
}

// OnfidoCheck asks for a document report and a facial similarity report.
func OnfidoCheck(applicant string) (*http.Response, error) {
	body, _ := json.Marshal(map[string]any{"applicant_id": applicant, "report_names": []string{"document", "facial_similarity_photo"}})
	_ = `{"report_names": ["document", "facial_similarity_photo"]}`
	return http.Post("https://api.onfido.com/v3.6/checks", "application/json", bytes.NewReader(body)) // want `Onfido API \(REST\): "https://api.onfido.com/v3.6/checks" starts a check that matches the applicant's face .*\[face-recognition;.*\(with report_names=facial_similarity_photo\)`
}

// veriff posts to Veriff; the base URL is added here, as in real clients.
func veriff(ctx context.Context, path string, body any) (*http.Request, error) {
	b, _ := json.Marshal(body)
	return http.NewRequestWithContext(ctx, "POST", "https://stationapi.veriff.com"+path, bytes.NewReader(b))
}

// VeriffSelfie uploads the selfie of a session.
func VeriffSelfie(ctx context.Context, session, selfie string) (*http.Request, error) {
	media := map[string]any{"image": map[string]any{"context": "face", "content": selfie}}
	return veriff(ctx, fmt.Sprintf("/v1/sessions/%s/media", session), media) // want `Veriff API \(REST\): "/v1/sessions/…/media" uploads a selfie that Veriff matches to the identity document \[face-recognition;.*\(with context=face\)`
}

// IProovVerify asks iProov for a verification token.
func IProovVerify(user string) (*http.Response, error) {
	body := bytes.NewBufferString(`{"user_id":"` + user + `","resource":"app"}`)
	return http.Post("https://eu.rp.secure.iproov.me/api/v2/claim/verify/token", "application/json", body) // want `iProov face verification API \(REST\): "https://eu.rp.secure.iproov.me/api/v2/claim/verify/token" calls iProov, which enrols and verifies people by their face with a liveness check \[face-recognition;`
}

// FaceTecLiveness forwards a face scan to a FaceTec Server.
func FaceTecLiveness(ctx context.Context, server string, scan []byte) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, http.MethodPost, server+"/liveness-3d", bytes.NewReader(scan)) // want `FaceTec Server \(REST, self-hosted\): "…/liveness-3d" checks that a 3D face scan is of a live person \[face-liveness;`
}

// FaceTecMatch matches a face scan to an enrolled one.
const faceTecMatch = "/match-3d-3d" // want `FaceTec Server \(REST, self-hosted\): "/match-3d-3d" matches a 3D face scan against an enrolled one \[face-recognition;`

// SumsubSelfie adds an applicant's selfie as an identity document.
func SumsubSelfie(ctx context.Context, applicant string, photo []byte) (*http.Request, error) {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("metadata", `{"idDocType":"SELFIE","country":"GBR"}`)
	part, _ := w.CreateFormFile("content", "selfie.jpg")
	part.Write(photo)
	w.Close()
	path := fmt.Sprintf("/resources/applicants/%s/info/idDoc", applicant) // want `Sumsub API \(REST\): "/resources/applicants/…/info/idDoc" uploads a selfie that Sumsub matches to the applicant's identity document \[face-recognition;.*\(with idDocType=SELFIE\)`
	return http.NewRequestWithContext(ctx, "POST", "https://api.sumsub.com"+path, &body)
}
