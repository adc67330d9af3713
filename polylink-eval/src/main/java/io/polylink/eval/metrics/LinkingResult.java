package io.polylink.eval.metrics;

/**
 * Entity linking scores for one system on one dataset.
 *
 * @param documents number of documents
 * @param micro counts over all mentions (InKB and NIL together; NIL must be predicted as NIL)
 * @param macroPrecision mean per-document precision
 * @param macroRecall mean per-document recall
 * @param macroF1 mean per-document F1
 * @param inKb counts over mentions whose gold or predicted entity is a KB entity (NIL ignored on both sides)
 * @param nil counts over NIL (emerging) mentions: gold NIL against predicted NIL
 */
public record LinkingResult(int documents, Prf micro, double macroPrecision, double macroRecall, double macroF1,
    Prf inKb, Prf nil) {}
