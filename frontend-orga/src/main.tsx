import { configure } from "@pix-libre/shared/configure";
import "@pix-libre/shared/styles.css";
import { render } from "preact";
import { App } from "./App";
import { config } from "./config";

configure(config);
render(<App />, document.getElementById("app")!);
