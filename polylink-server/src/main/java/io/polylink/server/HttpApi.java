package io.polylink.server;

/**
 * What each of the server's HTTP APIs ({@link V1Api}, {@link SpotlightApi}, {@link GerbilApi}) answers with: the
 * linking, the request bodies read under the size limit, the worker pool with its deadlines, and the metrics.
 */
abstract class HttpApi {

  final Linking linking;
  final Bodies bodies;
  final Workers workers;
  final Metrics metrics;

  HttpApi(Linking linking, Bodies bodies, Workers workers, Metrics metrics) {
    this.linking = linking;
    this.bodies = bodies;
    this.workers = workers;
    this.metrics = metrics;
  }
}
