/**
 * Reads the national acknowledgement of sent submissions, with a growing interval, and records each
 * item's receipt number or rejection errors against the exact item sent. Calls national.
 */
package vn.nq57.sync.acknowledgement;
