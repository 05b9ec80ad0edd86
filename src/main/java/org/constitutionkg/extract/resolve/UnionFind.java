package org.constitutionkg.extract.resolve;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets of string keys; the first key added to a set stays its representative. */
public final class UnionFind {

    private final Map<String, String> parent = new HashMap<>();

    String find(String k) {
        parent.putIfAbsent(k, k);
        String root = k;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String cur = k;
        while (!cur.equals(root)) {
            String next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    boolean contains(String k) {
        return parent.containsKey(k);
    }
}
