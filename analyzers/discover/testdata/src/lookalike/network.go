package lookalike

import "net/http"

// NDN forwarders call their network interfaces faces.
type FaceTable struct{ faces map[uint64]*LinkFace }

// LinkFace is a named-data networking face over a link.
type LinkFace struct {
	FaceID    uint64
	RemoteURI string
	Transport string
}

// Add registers a network face in the table.
func (t *FaceTable) Add(face *LinkFace) { t.faces[face.FaceID] = face }

// Health probes are liveness checks of services, not of faces.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/liveness", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/readiness", func(w http.ResponseWriter, r *http.Request) {})
}

// LivenessProbe is a Kubernetes probe.
type LivenessProbe struct{ Path string }

const facebookGraph = "https://graph.facebook.com/v19.0/me/photos"

const faceitPlayers = "https://open.faceit.com/data/v4/players"

// FacebookLogin signs in with Facebook.
func FacebookLogin(token string) {}

// FaceitMatchStats reads the stats of a FACEIT match.
func FaceitMatchStats(matchID string) {}

// FacetedSearch filters an index by facets.
func FacetedSearch(facets []string) {}

var emojis = []string{":smiling_face_with_heart_eyes:", ":face_with_tears_of_joy:", ":face_with_monocle:", ":facepalm:"}
