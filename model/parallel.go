package model

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// forEach runs job(i) for i = 0..n−1 on up to workers goroutines (all cores
// when workers <= 0), calling progress after each job with the count done.
// Jobs write only their own slots of shared slices, so the result does not
// depend on the number of workers. It stops early when ctx is cancelled.
//
// A job that panics stops the others, and forEach panics with a *JobPanic on
// the caller's goroutine: a panic on a goroutine of its own would end the
// program before the caller's recover (the dashboard's, which restores the
// terminal and keeps unsaved edits) could see it.
func forEach(ctx context.Context, n, workers int, progress func(done, total int), job func(worker, i int)) error {
	if workers <= 0 {
		workers = defaultWorkers()
	}
	workers = max(1, min(workers, n))
	var next, done atomic.Int64
	var failure atomic.Pointer[JobPanic]
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					failure.CompareAndSwap(nil, &JobPanic{Value: r, Stack: debug.Stack()})
				}
			}()
			for ctx.Err() == nil && failure.Load() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				job(w, i)
				if d := done.Add(1); progress != nil {
					progress(int(d), n)
				}
			}
		}()
	}
	wg.Wait()
	if p := failure.Load(); p != nil {
		panic(p)
	}
	return ctx.Err()
}

// JobPanic is a panic raised in one of forEach's jobs, raised again on the
// goroutine that called it.
type JobPanic struct {
	Value any
	Stack []byte // the stack of the job's goroutine, where the panic was raised
}

func (p *JobPanic) Error() string { return fmt.Sprint(p.Value) }

// defaultWorkers is one goroutine per core the runtime may use.
func defaultWorkers() int { return runtime.GOMAXPROCS(0) }
