/**
 * Polylink over HTTP ({@link io.polylink.server.PolylinkServer}, configured by {@link io.polylink.server.ServerConfig}):
 * Polylink's JSON API under {@code /v1}, DBpedia Spotlight's {@code /rest/annotate} and {@code /rest/candidates},
 * GERBIL's NIF web service ({@code /gerbil/a2kb}, {@code /gerbil/d2kb}), a web page at {@code /} (static files in
 * the jar), {@code /health}, {@code /metrics} and {@code /openapi.json}. Errors are RFC 9457 problem documents.
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.open(Path.of("my-kb"));
 *      PolylinkServer server = PolylinkServer.builder(kb)
 *          .config(ServerConfig.defaults().withPort(8080).withAdminToken(token))
 *          .start()) {
 *   System.out.println("listening at " + server.url());
 *   server.awaitStop();                 // until server.stop() from another thread or a shutdown hook
 * }
 * }</pre>
 */
package io.polylink.server;
