package io.polylink.mcp;

import io.polylink.kb.store.KnowledgeBase;
import io.polylink.link.LinkerConfig;
import io.polylink.link.tagger.SequenceTagger;
import io.polylink.redact.Policy;

/**
 * What a service over an open KB is configured with, shared by the builders of {@link PolylinkTools} and of the
 * HTTP server: the KB (the caller's to close), the linker's configuration, the learned mention detector and the
 * default redaction policy.
 *
 * @param <B> the builder itself, so that the setters chain
 */
public abstract class KbServiceBuilder<B extends KbServiceBuilder<B>> {

  private final KnowledgeBase kb;
  private LinkerConfig linkerConfig = LinkerConfig.defaults();
  private Policy policy = Policy.defaults();
  private SequenceTagger mentionTagger;

  /** {@code missingKb}: the error when {@code kb} is null ("the server needs a KB"). */
  protected KbServiceBuilder(KnowledgeBase kb, String missingKb) {
    if (kb == null) {
      throw new IllegalArgumentException(missingKb);
    }
    this.kb = kb;
  }

  /** This builder, typed as its own class. */
  protected abstract B self();

  public B linkerConfig(LinkerConfig c) {
    if (c == null) {
      throw new IllegalArgumentException("linker config must not be null");
    }
    this.linkerConfig = c;
    return self();
  }

  /**
   * The learned mention detector of the linking tools and endpoints ({@code polylink train-mentions}; see
   * {@code Linker.Builder#mentionTagger}): the names it tags join the KB spotter's, a tagged name the KB lacks is a NIL
   * mention of the tagged type. Null (the default): none. Redaction keeps its own name model.
   */
  public B mentionTagger(SequenceTagger tagger) {
    this.mentionTagger = tagger;
    return self();
  }

  /** The redaction policy when a call or request gives none (default: {@link Policy#defaults()}). */
  public B redactionPolicy(Policy p) {
    if (p == null) {
      throw new IllegalArgumentException("policy must not be null");
    }
    this.policy = p;
    return self();
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  public LinkerConfig linkerConfig() {
    return linkerConfig;
  }

  /** The learned mention detector, null when there is none. */
  public SequenceTagger mentionTagger() {
    return mentionTagger;
  }

  public Policy redactionPolicy() {
    return policy;
  }
}
