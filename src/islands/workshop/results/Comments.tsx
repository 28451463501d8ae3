// Participants' comments after the reveal: per dimension, unattributed, in the session's stable
// random order, and held back below the comment minimum (core: team-comments.ts, anonymity.ts).
// Every comment is rendered as text, never as markup.
import { type TeamComments } from '../../../core/assessment/team-comments';

/** The comments section; nothing at all when nobody wrote one. */
export function Comments({ comments }: { comments: TeamComments }) {
  if (comments.total === 0) return null;
  return (
    <section class="card team-comments" aria-labelledby="comments-heading">
      <h3 id="comments-heading">What people wrote</h3>
      {!comments.allowed ? (
        <p class="notice">{comments.reason}</p>
      ) : (
        <>
          <p>Comments are shown without names, in a mixed order that is the same every time for this session.</p>
          {comments.dimensions.map((dimension) => (
            <div key={dimension.id} class="comment-group">
              <h4>{dimension.label}</h4>
              <ul class="comment-list">
                {dimension.comments.map((comment, index) => (
                  <li key={index}>{comment}</li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
