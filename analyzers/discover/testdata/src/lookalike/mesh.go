package lookalike

// Face is a triangle of a mesh.
type Face struct{ V1, V2, V3 int }

// Mesh is a 3D model.
type Mesh struct {
	Vertices [][3]float64
	Faces    []Face
}

// DetectFaces finds the faces of the mesh that point at the camera.
func (m *Mesh) DetectFaces(view [3]float64) []Face { return nil }

// FaceNormals computes the normal of each mesh face.
func (m *Mesh) FaceNormals() [][3]float64 { return nil }

// CompareFaces tells whether two triangles share a vertex.
func CompareFaces(a, b Face) bool { return a.V1 == b.V1 }

// ClockFace is the dial of a clock drawn as SVG.
type ClockFace struct{ Radius float64 }

// CubeFace is one side of a Rubik's cube.
type CubeFace [3][3]byte

const cubeFile = "cube_faces.obj"
