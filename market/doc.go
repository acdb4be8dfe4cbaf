// Package market brings today's Bitcoin market into pivot-tui: a snapshot of
// the tip height, the difficulty and the network hashrate it implies, the
// fees per block, the BTC price and the halving ahead, fetched from the REST
// API of a mempool instance (mempool.space or a self-hosted one), cached on
// disk for when the network is away, and mapped onto scenario keys.
package market
