package io.polylink.eval.polylink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polylink.discover.Discoverer;
import io.polylink.discover.DiscoveryConfig;
import io.polylink.discover.NilMention;
import io.polylink.discover.Proposal;
import io.polylink.eval.Annotation;
import io.polylink.eval.EvalDocument;
import io.polylink.eval.EvalJson;
import io.polylink.eval.metrics.ClusteringMetrics;
import io.polylink.kb.store.EntityAddition;
import io.polylink.kb.store.KbBuilder;
import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.Linker;
import io.polylink.model.Link;
import io.polylink.model.LinkedDocument;
import io.polylink.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unknown-entity discovery and indexing on HIPE-2022 in the EDIN setting: the KB holds the entities of the train
 * split (their train surface forms as names); a dev mention whose entity is not in train is unseen.
 *
 * <ol>
 *   <li><b>Clustering.</b> The linker disambiguates the dev gold spans against the train KB; the spans it leaves NIL
 *       are clustered by {@link Discoverer} (documents in id order). Each gold mention's system cluster is its
 *       discovery cluster when NIL, else the entity it was linked to. B-cubed, CEAF-e and MUC compare these with the
 *       gold QIDs, separately for unseen and seen mentions (mentions with a NIL gold have no identity to score).
 *   <li><b>Indexing</b> ({@code relink}). The proposals (clusters of {@link DiscoveryConfig#minMentions()} or
 *       more mentions) are added live to the same KB ({@link KnowledgeBase#add}) and dev is linked again. An unseen
 *       entity is discovered when some proposal's mentions are mostly of it; each of its mentions after its first
 *       (document id, then offset order) counts as correct when it links to that proposal's new id. Seen mentions'
 *       accuracy is compared before and after the add.
 * </ol>
 */
public final class EdinRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EdinRun() {}

  /**
   * Runs both parts.
   *
   * @param language the split's language code (names of the train KB)
   * @param work an empty scratch folder for the KBs this run builds and changes
   */
  public static ObjectNode run(List<EvalDocument> train, List<EvalDocument> dev, String language,
      DiscoveryConfig config, Path work) {
    try {
      HipeTrainKb source = new HipeTrainKb("hipe-train", language, train);
      Set<String> kbIds = source.ids();
      List<EvalDocument> docs = new ArrayList<>(dev);
      docs.sort(Comparator.comparing(EvalDocument::id));
      ObjectNode out = JSON.createObjectNode();
      clustering(docs, source, kbIds, config, work.resolve("kb"), out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("EDIN run failed: " + e.getMessage(), e);
    }
  }

  private static void clustering(List<EvalDocument> docs, HipeTrainKb source, Set<String> kbIds,
      DiscoveryConfig config, Path kbDir, ObjectNode out) throws IOException {
    KbBuilder.into(kbDir).threads(1).build(source);
    Map<String, String> goldUnseen = new LinkedHashMap<>();
    Map<String, String> goldSeen = new LinkedHashMap<>();
    Map<String, String> system = new HashMap<>();
    Map<String, Map<String, Integer>> goldOfCluster = new HashMap<>();
    int nilMentions = 0;
    try (KnowledgeBase kb = KnowledgeBase.open(kbDir)) {
      Linker linker = Linker.builder().knowledgeBase(kb).build();
      Discoverer discoverer = Discoverer.create(config);
      for (EvalDocument d : docs) {
        List<Span> spans = d.gold().stream().map(Annotation::span).toList();
        if (spans.isEmpty()) {
          continue;
        }
        Map<Span, String> gold = new HashMap<>();
        for (Annotation a : d.gold()) {
          gold.put(a.span(), a.entity());
          if (!a.isNil()) {
            (kbIds.contains(a.entity()) ? goldSeen : goldUnseen).put(key(d.id(), a.span()), a.entity());
          }
        }
        LinkedDocument linked = linker.linkSpans(d.toDocument(), spans);
        List<Span> nil = new ArrayList<>();
        for (Link l : linked.links()) {
          if (l.isNil()) {
            nil.add(l.span());
          } else {
            system.put(key(d.id(), l.span()), l.entity().value());
          }
        }
        for (NilMention m : NilMention.at(linked.document(), nil, config.contextTokens())) {
          String cluster = discoverer.add(m);
          system.put(key(d.id(), m.span()), cluster);
          String g = gold.get(m.span());
          goldOfCluster.computeIfAbsent(cluster, k -> new HashMap<>()).merge(g == null ? "NIL" : g, 1, Integer::sum);
          nilMentions++;
        }
      }
      out.put("nil_mentions", nilMentions);
      out.put("clusters", discoverer.clusterCount());
      out.put("n", goldUnseen.size());
      out.put("unseen_entities", new java.util.HashSet<>(goldUnseen.values()).size());
      out.set("unseen", scores(goldUnseen, restrict(system, goldUnseen)));
      out.set("seen", scores(goldSeen, restrict(system, goldSeen)));
      relink(docs, discoverer.proposals(false), goldOfCluster, system, linker, kb, kbIds, out.putObject("relink"));
    }
  }

  /**
   * Adds the proposals live and links the documents again. An unseen entity is discovered when some proposal's
   * mentions are mostly of it; each of its mentions after its first (document id, then offset order: the first is
   * what discovered it) counts as correct when it links to that proposal's new id.
   */
  private static void relink(List<EvalDocument> docs, List<Proposal> proposals,
      Map<String, Map<String, Integer>> goldOfCluster, Map<String, String> firstPass, Linker linker,
      KnowledgeBase kb, Set<String> kbIds, ObjectNode r) throws IOException {
    Set<String> firstMentions = new java.util.HashSet<>();
    Set<String> met = new java.util.HashSet<>();
    for (EvalDocument d : docs) {
      for (Annotation a : d.gold()) {
        if (!a.isNil() && met.add(a.entity())) {
          firstMentions.add(key(d.id(), a.span()));
        }
      }
    }
    Map<String, String> majority = new HashMap<>();
    Set<String> discovered = new java.util.HashSet<>();
    for (Proposal p : proposals) {
      String g = goldOfCluster.get(p.id()).entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())) // ties: the smallest id
          .orElseThrow().getKey();
      majority.put(p.id(), g);
      if (!kbIds.contains(g) && !g.equals("NIL")) {
        discovered.add(g);
      }
    }
    int seen = 0;
    int seenBefore = 0;
    for (EvalDocument d : docs) {
      for (Annotation a : d.gold()) {
        String k = key(d.id(), a.span());
        if (!a.isNil() && kbIds.contains(a.entity()) && !firstMentions.contains(k)) {
          seen++;
          seenBefore += a.entity().equals(firstPass.get(k)) ? 1 : 0;
        }
      }
    }
    if (!proposals.isEmpty()) {
      kb.add(proposals.stream().map(Proposal::toAddition).toList());
    }
    Counts after = link(linker, docs, firstMentions, kbIds, discovered, majority);
    r.put("entities_added", proposals.size());
    r.put("entities_discovered", discovered.size());
    r.put("mentions", after.discoverable);
    r.put("correct", after.correct);
    r.put("accuracy", after.discoverable == 0 ? 0 : (double) after.correct / after.discoverable);
    r.put("links_to_new", after.linksToNew);
    r.put("new_link_precision", after.linksToNew == 0 ? 0 : (double) after.correctNew / after.linksToNew);
    r.put("seen_mentions", after.seen);
    r.put("seen_accuracy_before", seen == 0 ? 0 : (double) seenBefore / seen);
    r.put("seen_accuracy_after", after.seen == 0 ? 0 : (double) after.seenCorrect / after.seen);
  }

  private static final class Counts {
    int discoverable;
    int correct;
    int linksToNew;
    int correctNew;
    int seen;
    int seenCorrect;
  }

  /**
   * Links the documents' gold spans and counts: mentions of discovered unseen entities (except {@code skip}) and how
   * many link to their new entity; links of mentions with a gold QID to new entities and how many are right; seen
   * mentions and how many link right.
   */
  private static Counts link(Linker linker, List<EvalDocument> docs, Set<String> skip, Set<String> kbIds,
      Set<String> discovered, Map<String, String> majority) {
    Counts c = new Counts();
    for (EvalDocument d : docs) {
      List<Span> spans = d.gold().stream().map(Annotation::span).toList();
      if (spans.isEmpty()) {
        continue;
      }
      List<Link> links = linker.linkSpans(d.toDocument(), spans).links();
      for (int i = 0; i < links.size(); i++) {
        Annotation g = d.gold().get(i);
        Link l = links.get(i);
        String got = l.isNil() ? null : l.entity().value();
        boolean toNew = got != null && majority.containsKey(got);
        if (toNew && g.entity() != null) { // a NIL gold mention has no identity to check the link against
          c.linksToNew++;
          if (g.entity().equals(majority.get(got))) {
            c.correctNew++;
          }
        }
        if (g.isNil() || skip.contains(key(d.id(), g.span()))) {
          continue;
        }
        if (kbIds.contains(g.entity())) {
          c.seen++;
          if (g.entity().equals(got)) {
            c.seenCorrect++;
          }
        } else if (discovered.contains(g.entity())) {
          c.discoverable++;
          if (toNew && g.entity().equals(majority.get(got))) {
            c.correct++;
          }
        }
      }
    }
    return c;
  }

  private static Map<String, String> restrict(Map<String, String> system, Map<String, String> gold) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : gold.keySet()) {
      String s = system.get(k);
      if (s != null) {
        out.put(k, s);
      }
    }
    return out;
  }

  private static ObjectNode scores(Map<String, String> gold, Map<String, String> system) {
    ObjectNode o = JSON.createObjectNode();
    o.put("mentions", gold.size());
    o.put("entities", new java.util.HashSet<>(gold.values()).size());
    o.set("bcubed", EvalJson.score(ClusteringMetrics.bcubed(gold, system)));
    o.set("ceafe", EvalJson.score(ClusteringMetrics.ceafe(gold, system)));
    o.set("muc", EvalJson.score(ClusteringMetrics.muc(gold, system)));
    return o;
  }

  private static String key(String doc, Span s) {
    return doc + "@" + s.start() + "-" + s.end();
  }
}
