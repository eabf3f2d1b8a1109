/**
 * The shared store (Redis) behind the seams that make each delivery guarantee hold across replicas: the
 * idempotency records, the rate-limit windows and the per-campaign update turns, each one atomic Lua script per
 * step, plus the store's health. Only the wiring in {@code config} knows this package; without Redis configured
 * it is not used at all.
 */
package io.campaigngateway.store;
