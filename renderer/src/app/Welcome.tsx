import { Link } from 'react-router';
import { paths } from './paths';

export function Welcome() {
  return (
    <div className="welcome">
      <h2 tabIndex={-1}>After the interview</h2>
      <p>Choose an opportunity on the left, or start a new one. Afterword keeps everything on this computer.</p>
    </div>
  );
}

/** An address that leads nowhere now (something deleted, then Back). */
export function NotFound() {
  return (
    <div className="welcome">
      <h2 tabIndex={-1}>Not here any more</h2>
      <p>
        What was at this address has been deleted or moved. <Link to={paths.today()}>Go to Today</Link>
      </p>
    </div>
  );
}
