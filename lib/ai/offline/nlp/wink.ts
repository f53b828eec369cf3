import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

let instance: WinkMethods | null = null;

/** The shared wink-nlp pipeline; built on first use because loading the model costs ~100 ms. */
export function wink(): WinkMethods {
  // NER, negation (we scope it ourselves), sentiment and custom entities are not used: leaving them out of the pipe keeps readDoc fast.
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}
