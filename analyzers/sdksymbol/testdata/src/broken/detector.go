package broken

// detector is the project's own face detector.
type detector struct{}

func (*detector) DetectFaces(in any) {}
