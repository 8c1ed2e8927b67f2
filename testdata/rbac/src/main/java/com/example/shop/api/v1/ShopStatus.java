package com.example.shop.api.v1;

/** ShopStatus is the observed state of a Shop. */
public class ShopStatus {
  /** ReadyReplicas is the number of front ends serving. */
  public int readyReplicas;
}
