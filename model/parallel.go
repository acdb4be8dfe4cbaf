package model

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// forEach runs job(i) for i = 0..n−1 on up to workers goroutines (all cores
// when workers <= 0), calling progress after each job with the count done.
// Jobs write only their own slots of shared slices, so the result does not
// depend on the number of workers. It stops early when ctx is cancelled.
func forEach(ctx context.Context, n, workers int, progress func(done, total int), job func(worker, i int)) error {
	if workers <= 0 {
		workers = defaultWorkers()
	}
	workers = max(1, min(workers, n))
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
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
	return ctx.Err()
}

// defaultWorkers is one goroutine per core the runtime may use.
func defaultWorkers() int { return runtime.GOMAXPROCS(0) }
