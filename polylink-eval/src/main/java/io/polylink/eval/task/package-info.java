/**
 * One class per evaluation task, each run by {@link io.polylink.eval.EvalRunner} for a request of its
 * {@link io.polylink.eval.Task}: {@link io.polylink.eval.task.LinkingTask} (a2kb, d2kb),
 * {@link io.polylink.eval.task.PiiTask}, {@link io.polylink.eval.task.RankTask},
 * {@link io.polylink.eval.task.RetrievalTask} and {@link io.polylink.eval.task.NilTask}. A task reads its dataset
 * (the {@code format} packages), gets the system's answers (stored predictions, a baseline, or a plugged-in
 * {@link io.polylink.eval.Systems system}) and writes one JSON result ({@link io.polylink.eval.EvalJson}).
 */
package io.polylink.eval.task;
