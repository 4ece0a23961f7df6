/**
 * A story as the online clusterer holds it, and the bookkeeping of its centroids: adding an article's (or another
 * story's) vectors into them, pruned and with their lengths kept, and dropping them when the story closes.
 */
import type { Vec } from './article-features.js';
import type { PackedVec } from './term-probe.js';
import { addPruned, norm } from './vectors.js';

// Terms a story's centroids keep (its names' centroid fewer): enough to find and compare it, bounded in size.
const CENTROID_TERMS = 100;
const NAME_TERMS = 40;

/** An article as a story keeps it: the vectors later articles are compared with. */
export interface Member {
  id: number;
  title: Vec;
  all: Vec;
  names: Vec;
  /** The same three vectors packed, for the comparisons every later article makes with this member. */
  packed: { title: PackedVec; all: PackedVec; names: PackedVec };
}

/** A story as the stream holds it: members, time span, pruned centroids and their lengths. */
export interface Story {
  key: number;
  articleIds: number[];
  members: Member[];
  first: number | null;
  last: number | null;
  lastSeq: number;
  title: Vec;
  body: Vec;
  all: Vec;
  names: Vec;
  norms: { title: number; body: number; all: number; names: number };
  shingles: number[];
  open: boolean;
  /** Sum and count of each member's combined cosine to the latest members before it (at most COMPARED_MEMBERS). */
  cohesion: { sum: number; pairs: number };
}

/**
 * Add an article's (or a merged story's) vectors into the story's centroids and renew their lengths; returns the
 * terms pruned from the story's whole-text centroid, which the inverted index must forget.
 */
export function addToCentroids(story: Story, v: { title: Vec; body: Vec; all: Vec; names: Vec }): number[] {
  addPruned(story.title, v.title, CENTROID_TERMS);
  addPruned(story.body, v.body, CENTROID_TERMS);
  addPruned(story.names, v.names, NAME_TERMS);
  const dropped = addPruned(story.all, v.all, CENTROID_TERMS);
  story.norms = {
    title: norm(story.title),
    body: norm(story.body),
    all: norm(story.all),
    names: norm(story.names),
  };
  return dropped;
}

// What a closed story's vectors become: never read again, never added to (only open stories grow).
const CLOSED: Vec = new Map();

/** A closed story keeps only what its result needs: a long stream must not hold every centroid. */
export function dropVectors(story: Story): void {
  story.title = CLOSED;
  story.body = CLOSED;
  story.all = CLOSED;
  story.names = CLOSED;
}

/** True when the two stories' time spans come within `windowMs` of each other (undated stories always do). */
export function overlapsInTime(a: Story, b: Story, windowMs: number): boolean {
  if (a.first === null || a.last === null || b.first === null || b.last === null) return true;
  return a.first <= b.last + windowMs && b.first <= a.last + windowMs;
}
