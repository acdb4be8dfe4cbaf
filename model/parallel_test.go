package model

import (
	"context"
	"strings"
	"testing"
)

// A job that panics on a worker goroutine makes forEach panic on its
// caller's, where a recover can catch it, with the job's own stack.
func TestForEachRaisesAJobsPanicToItsCaller(t *testing.T) {
	for _, workers := range []int{1, 4} {
		caught := func() (r any) {
			defer func() { r = recover() }()
			_ = forEach(context.Background(), 100, workers, nil, func(_, i int) {
				if i == 7 {
					panic("job 7 failed")
				}
			})
			return nil
		}()
		p, ok := caught.(*JobPanic)
		if !ok {
			t.Fatalf("%d workers: recovered %v (%T), want a *JobPanic", workers, caught, caught)
		}
		if p.Error() != "job 7 failed" || !strings.Contains(string(p.Stack), "TestForEachRaisesAJobsPanicToItsCaller") {
			t.Errorf("%d workers: panic %q with stack\n%s", workers, p.Error(), p.Stack)
		}
	}
}
