/** Households and deaths the demo flows' tests answer with, for other workspaces' tests and benches. */
export { household, person, twelvePeople } from "./flows/jumin-idou/flow-tests";
export { death } from "./flows/okuyami/flow-tests";
