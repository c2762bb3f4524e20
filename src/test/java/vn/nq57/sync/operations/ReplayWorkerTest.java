package vn.nq57.sync.operations;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.operations.ReplayJobView.EntryState;
import vn.nq57.sync.operations.ReplayJobView.JobState;
import vn.nq57.sync.submission.ReplayRefusal;
import vn.nq57.sync.submission.SubmissionReplay;

/**
 * A job re-queues only while few of its submissions wait to be sent, at most a batch per step,
 * oldest first, checks each again when its turn comes, and completes once nothing waits.
 */
class ReplayWorkerTest {

  private static final long JOB = 4;

  private final ReplayJobRepository jobs = mock(ReplayJobRepository.class);
  private final SubmissionReplay replay = mock(SubmissionReplay.class);
  private final Remapper remapper = mock(Remapper.class);
  private final ReplayWorker worker =
      new ReplayWorker(
          jobs,
          replay,
          remapper,
          new ReplayProperties(Duration.ofSeconds(5), 2, 3),
          Clock.fixed(Instant.parse("2025-08-25T02:00:00Z"), ZoneOffset.UTC));

  @BeforeEach
  void aRunningResendJobThatQueuedTwoSubmissions() {
    when(jobs.lockRunning()).thenReturn(List.of(JOB));
    when(jobs.find(JOB))
        .thenReturn(
            Optional.of(
                new ReplayJobView(
                    JOB,
                    ReplayMode.RESEND,
                    JobState.RUNNING,
                    "lan",
                    "secret renewed",
                    "{}",
                    null,
                    null,
                    null,
                    null,
                    List.of())));
    when(jobs.produced(JOB)).thenReturn(List.of("5", "6"));
  }

  @Test
  void requeuesOnlyWhatTheInFlightLimitLeavesRoomFor() {
    when(replay.pending(List.of(5L, 6L))).thenReturn(2);
    when(jobs.waiting(JOB, 1)).thenReturn(List.of(7L));

    worker.step();

    verify(replay).resend(eq(7L), eq("lan"), anyString());
    verify(jobs).finishEntry(eq(JOB), eq(7L), eq(EntryState.QUEUED), eq("7"), any(), any());
  }

  @Test
  void requeuesNothingWhileTheLimitIsReached() {
    when(replay.pending(List.of(5L, 6L))).thenReturn(3);

    worker.step();

    verify(jobs, never()).waiting(anyLong(), anyInt());
    verify(replay, never()).resend(anyLong(), anyString(), anyString());
  }

  @Test
  void requeuesAtMostABatchPerStepAndSkipsWhatCannotBeReplayedAnyMore() {
    when(replay.pending(List.of(5L, 6L))).thenReturn(0);
    when(jobs.waiting(JOB, 2)).thenReturn(List.of(7L, 8L));
    when(replay.refusals(List.of(8L), true))
        .thenReturn(List.of(new ReplayRefusal(8, "NOT_FAILED", "It is SENT.")));

    worker.step();

    verify(replay).resend(eq(7L), eq("lan"), anyString());
    verify(replay, never()).resend(eq(8L), anyString(), anyString());
    verify(jobs)
        .finishEntry(
            eq(JOB),
            eq(8L),
            eq(EntryState.SKIPPED),
            eq(null),
            eq("NOT_FAILED: It is SENT."),
            any());
  }

  @Test
  void completesTheJobOnceNothingWaits() {
    when(replay.pending(List.of(5L, 6L))).thenReturn(0);
    when(jobs.waiting(JOB, 2)).thenReturn(List.of());

    worker.step();

    verify(jobs).setState(eq(JOB), eq(JobState.COMPLETED), eq(List.of(JobState.RUNNING)), any());
    verify(replay, never()).refusals(any(), anyBoolean());
  }
}
