// Package face computes face embeddings, as photo libraries do: its
// identifiers are read with the package's name (face.Embedding).
package face

import "image"

// Embedding is a face embedding.
type Embedding []float64

// NewEmbedding computes the embedding of the face in an image.
func NewEmbedding(img image.Image) Embedding { return nil } // want `func NewEmbedding may be face recognition outside the catalog; evidence: name: face\+embedding; modality: media input`

// Dist is the distance between two embeddings.
func (e Embedding) Dist(other Embedding) float64 { return 0 }
