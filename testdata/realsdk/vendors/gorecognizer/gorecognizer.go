// Package gorecognizer identifies people with go-recognizer.
package gorecognizer

import recognizer "github.com/leandroveronezi/go-recognizer"

func Identify(rec *recognizer.Recognizer, path string) (string, error) {
	if err := rec.Init("models"); err != nil { // want `recognizer\.Recognizer\.Init .*\[face-recognition;`
		return "", err
	}
	f, err := rec.Identify(path) // want `recognizer\.Recognizer\.Identify .*\[face-recognition;`
	return f.Id, err
}
