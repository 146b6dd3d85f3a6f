/** Small record shapes shared by the analytics operations (mirroring the SDL's helper types). */

/** A reference to any node: id, Chinese name and type (label). SDL `NodeRef`. */
export interface NodeRef {
  id: string;
  name: string;
  type: string;
}

/** SDL `DateRange`. */
export interface DateRange {
  from: string;
  to: string;
}
