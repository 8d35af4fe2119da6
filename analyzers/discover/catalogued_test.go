package discover

import (
	"testing"

	"github.com/biometriclint/biometriclint/analyzers/catalog"
)

func TestCataloguedPackage(t *testing.T) {
	cat := catalog.Default()
	for path, want := range map[string]bool{
		"github.com/Kagami/go-face": true,
		"github.com/Azure/azure-sdk-for-go/services/cognitiveservices/v1.0/face": true,
		"services/cognitiveservices/v1.0/face":                                   true, // audited without a go.mod
		"v1.0/face":                                                              true,
		"face":                                                                   false, // one element says too little
		"internal/ai/face":                                                       false,
		"github.com/photoprism/photoprism/internal/ai/face": false,
		".": false,
	} {
		if got := cataloguedPackage(cat, path); got != want {
			t.Errorf("cataloguedPackage(%q) = %v, want %v", path, got, want)
		}
	}
}
