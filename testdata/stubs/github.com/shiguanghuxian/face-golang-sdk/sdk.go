// Package sdk is a stub of github.com/shiguanghuxian/face-golang-sdk (a
// community client of the Megvii Face++ API), which the module proxy does
// not serve; the repository has no tags and no go.mod.
//
// Where it was read: the public repository shiguanghuxian/face-golang-sdk,
// sdk.go, detect.go, compare.go, search.go, faceset.go and face.go at commit
// 1e35506e8654cff5dbc4d50a8522ea7b4381920c. Only the exported API that
// biometriclint's catalog names is reproduced, with the real signatures;
// the requests wrap github.com/parnurzeal/gorequest there. Bodies return
// zero values and nothing here calls a service.
package sdk

// APIBaseURL is the Face++ API base.
const APIBaseURL = "https://api-cn.faceplusplus.com/facepp/v3"

// FaceSDK holds the API credentials.
type FaceSDK struct {
	APIKey    string
	APISecret string
	Debug     bool
}

// FaceRequest is the common part of the requests.
type FaceRequest struct {
	options map[string]interface{}
}

// NewFaceSDK returns a client for an API key and secret.
func NewFaceSDK(apiKey, apiSecret string, debug ...bool) (*FaceSDK, error) {
	return &FaceSDK{}, nil
}

// FaceResponse is the common part of the responses.
type FaceResponse struct {
	RequestId    string `json:"request_id"`
	TimeUsed     int    `json:"time_used"`
	ErrorMessage string `json:"error_message"`
}

// Face is one detected face.
type Face struct {
	FaceToken     string `json:"face_token"`
	FaceRectangle struct {
		Top    int `json:"top"`
		Left   int `json:"left"`
		Width  int `json:"width"`
		Height int `json:"height"`
	} `json:"face_rectangle"`
	Landmark   map[string]*Landmark `json:"landmark"`
	Attributes *Attributes          `json:"attributes"`
}

// Landmark is a facial landmark.
type Landmark struct {
	X interface{}
	Y interface{}
}

// Attributes are the face attributes return_attributes requests.
type Attributes struct {
	Gender struct {
		Value string `json:"value"`
	} `json:"gender"`
	Age struct {
		Value int `json:"value"`
	} `json:"age"`
	Smile struct {
		Value     float32 `json:"value"`
		Threshold float32 `json:"threshold"`
	} `json:"smile"`
	Headpose struct {
		PitchAngle float64 `json:"pitch_angle"`
		RollAngle  float64 `json:"roll_angle"`
		YawAngle   float64 `json:"yaw_angle"`
	} `json:"headpose"`
	Eyestatus struct {
		LeftEyeStatus  map[string]float32 `json:"left_eye_status"`
		RightEyeStatus map[string]float32 `json:"right_eye_status"`
	} `json:"eyestatus"`
	Emotion     map[string]float32 `json:"emotion"`
	Facequality struct {
		Value     float32 `json:"value"`
		Threshold float32 `json:"threshold"`
	} `json:"facequality"`
	Ethnicity struct {
		Value string `json:"value"`
	} `json:"ethnicity"`
	Beauty struct {
		MaleScore   float32 `json:"male_score"`
		FemaleScore float32 `json:"female_score"`
	} `json:"beauty"`
	Mouthstatus map[string]float32 `json:"mouthstatus"`
	Eyegaze     struct {
		LeftEyeGaze  map[string]float32 `json:"left_eye_gaze"`
		RightEyeGaze map[string]float32 `json:"right_eye_gaze"`
	} `json:"eyegaze"`
	Skinstatus map[string]float32 `json:"skinstatus"`
}

// DetectFaceResponse is the response of the detect API.
type DetectFaceResponse struct {
	FaceResponse
	ImageId string  `json:"image_id"`
	Faces   []*Face `json:"faces"`
}

// FaceDetect is a request of the detect API.
type FaceDetect struct {
	FaceRequest
}

// Detect builds a request of the detect API.
func (sdk *FaceSDK) Detect(options ...map[string]interface{}) (*FaceDetect, error) {
	return &FaceDetect{}, nil
}

// SetImage sets the image.
func (fd *FaceDetect) SetImage(img, dt string) *FaceDetect { return fd }

// SetOption sets a request parameter.
func (fd *FaceDetect) SetOption(key string, val interface{}) *FaceDetect { return fd }

// SetOptionMap sets request parameters.
func (fd *FaceDetect) SetOptionMap(options map[string]interface{}) *FaceDetect { return fd }

// End sends the request.
func (fd *FaceDetect) End() (*DetectFaceResponse, string, error) { return nil, "", nil }

// CompareFaceResponse is the response of the compare API.
type CompareFaceResponse struct {
	FaceResponse
	Confidence float32            `json:"confidence"`
	Thresholds map[string]float32 `json:"thresholds"`
	ImageId1   string             `json:"image_id1"`
	ImageId2   string             `json:"image_id2"`
	Faces1     []*Face            `json:"faces1"`
	Faces2     []*Face            `json:"faces2"`
}

// FaceCompare is a request of the compare API.
type FaceCompare struct {
	FaceRequest
}

// Compare builds a request of the compare API.
func (sdk *FaceSDK) Compare(options ...map[string]interface{}) (*FaceCompare, error) {
	return &FaceCompare{}, nil
}

// SetFace1 sets the first face.
func (fc *FaceCompare) SetFace1(face1, dt string) *FaceCompare { return fc }

// SetFace2 sets the second face.
func (fc *FaceCompare) SetFace2(face2, dt string) *FaceCompare { return fc }

// End sends the request.
func (fc *FaceCompare) End() (*CompareFaceResponse, string, error) { return nil, "", nil }

// SearchResults is one search result.
type SearchResults struct {
	FaceToken  string  `json:"face_token"`
	Confidence float32 `json:"confidence"`
	UserId     string  `json:"user_id"`
}

// SearchFaceResponse is the response of the search API.
type SearchFaceResponse struct {
	FaceResponse
	Results    []*SearchResults   `json:"results"`
	Thresholds map[string]float32 `json:"thresholds"`
	ImageId    string             `json:"image_id"`
	Faces      []*Face            `json:"faces"`
}

// SearchRequest is a request of the search API.
type SearchRequest struct {
	FaceRequest
}

// Search builds a request of the search API.
func (sdk *FaceSDK) Search(options ...map[string]interface{}) (*SearchRequest, error) {
	return &SearchRequest{}, nil
}

// SetFace sets the face to search for.
func (sc *SearchRequest) SetFace(face, dt string) *SearchRequest { return sc }

// SetFaceSet sets the FaceSet to search in.
func (sc *SearchRequest) SetFaceSet(set, dt string) *SearchRequest { return sc }

// End sends the request.
func (sc *SearchRequest) End() (*SearchFaceResponse, string, error) { return nil, "", nil }

// FaceSetRequest is a request of the FaceSet APIs.
type FaceSetRequest struct {
	FaceRequest
}

// FaceSet builds a request of the FaceSet APIs.
func (sdk *FaceSDK) FaceSet(options ...map[string]interface{}) (*FaceSetRequest, error) {
	return &FaceSetRequest{}, nil
}

// SetOption sets a request parameter.
func (fsr *FaceSetRequest) SetOption(key string, val interface{}) *FaceSetRequest { return fsr }

// Create creates a FaceSet.
func (fsr *FaceSetRequest) Create() *FaceSetRequest { return fsr }

// AddFace adds faces to a FaceSet.
func (fsr *FaceSetRequest) AddFace() *FaceSetRequest { return fsr }

// RemoveFace removes faces from a FaceSet.
func (fsr *FaceSetRequest) RemoveFace() *FaceSetRequest { return fsr }

// Update updates a FaceSet.
func (fsr *FaceSetRequest) Update() *FaceSetRequest { return fsr }

// GetDetail reads a FaceSet.
func (fsr *FaceSetRequest) GetDetail() *FaceSetRequest { return fsr }

// Delete deletes a FaceSet.
func (fsr *FaceSetRequest) Delete() *FaceSetRequest { return fsr }

// GetFaceSets lists the FaceSets.
func (fsr *FaceSetRequest) GetFaceSets() *FaceSetRequest { return fsr }

// End sends the request.
func (fsr *FaceSetRequest) End() (interface{}, string, error) { return nil, "", nil }

// FaceAPIRequest is a request of the face analysis API.
type FaceAPIRequest struct {
	FaceRequest
}

// Face builds a request of the face analysis API.
func (sdk *FaceSDK) Face(options ...map[string]interface{}) (*FaceAPIRequest, error) {
	return &FaceAPIRequest{}, nil
}

// SetOption sets a request parameter.
func (far *FaceAPIRequest) SetOption(key string, val interface{}) *FaceAPIRequest { return far }

// SetOptionMap sets request parameters.
func (far *FaceAPIRequest) SetOptionMap(options map[string]interface{}) *FaceAPIRequest {
	return far
}
