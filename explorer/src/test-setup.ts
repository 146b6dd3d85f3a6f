/**
 * Setup of the explorer's component tests (jsdom). Testing Library's `findBy…`/`waitFor` give up
 * after 1 s by default, which a loaded or slower machine can pass while React is still rendering
 * (a fresh-clone CI run did): they wait up to 10 s here, within the project's 30 s test timeout.
 * A test still fails when what it waits for never comes.
 */
import { configure } from "@testing-library/react";

configure({ asyncUtilTimeout: 10_000 });
