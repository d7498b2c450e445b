import { useRequestStore } from '../../stores/request-store';
import { VariableList } from '../collections/VariableList';

/** The body's `{{variables}}` and what the chosen environment holds for each. */
export function BodyVariables() {
  const body = useRequestStore((state) => state.body);
  return <VariableList label="Body variables" texts={[body]} />;
}
