// Package user calls the hidden wrapper.
package user

import (
	"context"

	"example.com/vet/hidden"
)

func Login() bool { return hidden.Same(context.Background()) }
