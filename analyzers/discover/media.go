package discover

import (
	"go/ast"
	"strings"
)

// mediaNames are the words of parameter, field and argument names that
// hold an image, a video frame or audio.
var mediaNames = set("img", "imgs", "image", "images", "photo", "photos", "picture", "pictures",
	"pic", "pics", "frame", "frames", "jpeg", "jpg", "png", "bmp", "selfie", "portrait",
	"snapshot", "audio", "wav", "pcm", "sound", "video", "videos", "mat", "file", "filepath",
	"filename", "base64", "b64")

// notMedia are words that make a file name something else than a medium.
var notMedia = set("model", "models", "config", "conf", "cfg", "db", "json", "yaml", "yml",
	"log", "cascade", "key", "cert", "dir", "cache", "text", "font")

// mediaTypes are the type expressions, as written, of images, frames and
// audio.
var mediaTypes = set("image.Image", "*image.RGBA", "*image.NRGBA", "*image.YCbCr", "*image.Gray",
	"image.RGBA", "gocv.Mat", "*gocv.Mat", "[]gocv.Mat", "*multipart.FileHeader", "multipart.File",
	"[]image.Image", "*tf.Tensor", "*os.File")

// mediaCalls are the functions whose call makes a function handle media.
var mediaCalls = set("image.Decode", "jpeg.Decode", "png.Decode", "jpeg.Encode", "png.Encode",
	"gocv.IMRead", "gocv.IMDecode", "gocv.IMEncode", "wav.NewDecoder", "CreateFormFile")

// templateTypes and templateNames are the biometric templates matching
// takes: embeddings, descriptors and features as vectors.
var (
	templateTypes = set("[]float32", "[]float64", "[][]float32", "[][]float64")
	templateNames = set("embedding", "embeddings", "descriptor", "descriptors", "feature", "features", "template", "templates")
)

// textNames are names of text inputs: emotion in text is sentiment
// analysis, not emotion recognition.
var textNames = set("text", "texts", "sentence", "sentences", "message", "content", "prompt",
	"document", "review", "tweet", "comment", "utterance", "transcript")

// mediaName reports whether a name holds a medium.
func mediaName(name string) bool {
	ws := words(name)
	return anyOf(ws, mediaNames) && !anyOf(ws, notMedia)
}

// typeText renders a type expression as written, for the few shapes
// mediaTypes names.
func typeText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.StarExpr:
		return "*" + typeText(e.X)
	case *ast.ArrayType:
		if e.Len == nil {
			return "[]" + typeText(e.Elt)
		}
	case *ast.SelectorExpr:
		return typeText(e.X) + "." + e.Sel.Name
	case *ast.Ellipsis:
		return "[]" + typeText(e.Elt)
	}
	return ""
}

// fieldsMedia reports whether a parameter or field list holds media: a
// media type, or bytes, a reader or a string named as a medium.
func fieldsMedia(fl *ast.FieldList, mediaStructs map[string]bool) (media, text bool) {
	if fl == nil {
		return false, false
	}
	for _, f := range fl.List {
		t := typeText(f.Type)
		if mediaTypes[t] || mediaStructs[strings.TrimPrefix(t, "*")] {
			media = true
		}
		if templateTypes[t] {
			for _, n := range f.Names {
				if anyOf(words(n.Name), templateNames) {
					media = true
				}
			}
		}
		for _, n := range f.Names {
			switch {
			case mediaName(n.Name) && (t == "[]byte" || t == "string" || t == "io.Reader" || t == "[][]byte" || t == "[]string" || mediaTypes[t] || t == ""):
				media = true
			case anyOf(words(n.Name), textNames) && t == "string":
				text = true
			}
		}
	}
	return media, text
}

// bodyMedia reports whether a function body decodes or uploads media.
func bodyMedia(body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			name := typeText(n.Fun)
			if i := strings.LastIndex(name, "."); mediaCalls[name] || (i >= 0 && mediaCalls[name[i+1:]]) {
				found = true
			}
		case *ast.BasicLit:
			v := strings.ToLower(n.Value)
			if strings.Contains(v, "image/jpeg") || strings.Contains(v, "image/png") || strings.Contains(v, "audio/wav") || strings.Contains(v, "audio/x-wav") {
				found = true
			}
		}
		return true
	})
	return found
}

// argsMedia reports whether call arguments are named as media.
func argsMedia(args []ast.Expr) bool {
	for _, a := range args {
		var name string
		switch a := a.(type) {
		case *ast.Ident:
			name = a.Name
		case *ast.SelectorExpr:
			name = a.Sel.Name
		case *ast.CallExpr:
			if argsMedia(a.Args) {
				return true
			}
		}
		if name != "" && mediaName(name) {
			return true
		}
	}
	return false
}
